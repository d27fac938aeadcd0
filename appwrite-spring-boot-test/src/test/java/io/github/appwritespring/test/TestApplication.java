package io.github.appwritespring.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A plain application for the tests of this module.
 */
@SpringBootApplication
public class TestApplication {

}
