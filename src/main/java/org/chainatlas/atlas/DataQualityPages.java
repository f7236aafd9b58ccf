package org.chainatlas.atlas;

import java.util.List;

import org.chainatlas.platform.data.DataQuality;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What loading the real data had to flag, per file: the data-quality page and its API. */
@Controller
@Tag(name = "Reference data")
class DataQualityPages {

    private final DataQuality quality;

    DataQualityPages(DataQuality quality) {
        this.quality = quality;
    }

    @GetMapping("/data-quality")
    String page(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("reports", quality.reports());
        model.addAttribute("kind", kind == null || kind.isBlank() ? null : kind);
        return "atlas/data-quality";
    }

    @GetMapping("/api/v1/data-quality")
    @ResponseBody
    @Operation(summary = "Per source file: rows read and used, and every flag raised at load (file, row, key, kind, what was done)")
    List<DataQuality.Report> api() {
        return quality.reports();
    }
}
