package org.chainatlas.importing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.chainatlas.importing.ImportJobView;
import org.chainatlas.importing.ImportKind;
import org.chainatlas.importing.ImportMode;
import org.chainatlas.importing.internal.Imports;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Import pages: templates, upload with the mode chosen, live progress, the error file. */
@Controller
class ImportPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Imports imports;

    ImportPages(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    String list(Model model) {
        if (!imports.mayImport()) {
            throw new Forbidden("import", "data");
        }
        model.addAttribute("jobs", imports.mine());
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("modes", ImportMode.values());
        return "importing/list";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) ImportKind kind, @RequestParam(required = false) ImportMode mode,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.coded("file", "import.chooseFile", "choose an .xlsx file made from the template");
            }
            ImportJobView job = imports.start(kind, mode, file.getOriginalFilename(), file.getInputStream());
            return "redirect:/imports/" + job.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", String.join("; ", e.errors().stream()
                    .map(org.chainatlas.platform.ErrorTexts::of).toList()));
            return "redirect:/imports";
        }
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(id));
        return "importing/job";
    }

    @GetMapping(value = "/imports/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ImportJobView jobJson(@PathVariable long id) {
        return imports.job(id);
    }

    @GetMapping("/imports/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable long id) {
        return file(imports.errors(id), "导入错误-" + id + ".xlsx");
    }

    @GetMapping("/imports/templates/{kind}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable ImportKind kind) {
        return file(imports.template(kind), "导入模板-" + kind.name().toLowerCase() + ".xlsx");
    }

    static ResponseEntity<byte[]> file(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX)).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(bytes);
    }
}
