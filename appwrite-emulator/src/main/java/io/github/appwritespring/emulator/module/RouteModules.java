package io.github.appwritespring.emulator.module;

import io.github.appwritespring.emulator.health.HealthRoutes;
import java.util.List;

/** The one list of the emulator's route modules: add one line per feature. */
public final class RouteModules {

    private RouteModules() {
    }

    /** All route modules, in registration order. */
    public static List<RouteModule> all() {
        return List.of(
                new HealthRoutes()
        );
    }
}
