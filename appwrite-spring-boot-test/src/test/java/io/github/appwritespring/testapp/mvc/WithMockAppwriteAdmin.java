package io.github.appwritespring.testapp.mvc;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import io.github.appwritespring.test.WithMockAppwriteUser;

/**
 * A meta-annotation, as applications write them.
 */
@Retention(RetentionPolicy.RUNTIME)
@WithMockAppwriteUser(id = "boss", email = "boss@example.com", labels = "admin")
@interface WithMockAppwriteAdmin {

}
