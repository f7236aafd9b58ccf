package org.chainatlas.importing.web;

import java.io.IOException;
import java.net.URI;

import org.chainatlas.importing.ImportJobView;
import org.chainatlas.importing.ImportKind;
import org.chainatlas.importing.ImportMode;
import org.chainatlas.importing.internal.Imports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Excel imports of enterprises, parks, opportunities and projects")
class ImportApi {

    private final Imports imports;

    ImportApi(Imports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start an import; poll the job, then download its error file when it has bad rows")
    ResponseEntity<ImportJobView> start(@RequestParam(required = false) ImportKind kind,
            @RequestParam(defaultValue = "GOOD_ROWS") ImportMode mode, @RequestPart("file") MultipartFile file) throws IOException {
        ImportJobView job = imports.start(kind, mode, file.getOriginalFilename(), file.getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    ImportJobView job(@PathVariable long id) {
        return imports.job(id);
    }

    @GetMapping(value = "/{id}/errors.xlsx", produces = ImportPages.XLSX)
    byte[] errors(@PathVariable long id) {
        return imports.errors(id);
    }

    @GetMapping(value = "/templates/{kind}.xlsx", produces = ImportPages.XLSX)
    byte[] template(@PathVariable ImportKind kind) {
        return imports.template(kind);
    }
}
