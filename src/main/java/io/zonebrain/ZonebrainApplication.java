package io.zonebrain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "platform")
@EnableAsync
public class ZonebrainApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZonebrainApplication.class, args);
    }
}
