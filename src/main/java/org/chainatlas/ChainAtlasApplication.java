package org.chainatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * ChainAtlas — 产业转移对接平台. One deployable modular monolith; each direct sub-package is a business module.
 */
@Modulithic(systemName = "ChainAtlas", sharedModules = "platform")
@SpringBootApplication
public class ChainAtlasApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChainAtlasApplication.class, args);
    }
}
