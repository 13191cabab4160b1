package vn.exemplarbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExemplarBotApplication {

  public static void main(String[] args) {
    SpringApplication.run(ExemplarBotApplication.class, args);
  }
}
