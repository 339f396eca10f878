package io.pursight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** PurSight: one process, one package per module under {@code io.pursight}. */
@SpringBootApplication
public class PursightApplication {

	public static void main(String[] args) {
		SpringApplication.run(PursightApplication.class, args);
	}
}
