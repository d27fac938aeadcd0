package io.github.appwritespring.emulator.module;

import java.util.List;

import io.github.appwritespring.emulator.account.AccountRoutes;
import io.github.appwritespring.emulator.account.AccountSessionRoutes;
import io.github.appwritespring.emulator.account.OAuth2Routes;
import io.github.appwritespring.emulator.functions.FunctionRoutes;
import io.github.appwritespring.emulator.health.HealthRoutes;
import io.github.appwritespring.emulator.storage.BucketRoutes;
import io.github.appwritespring.emulator.storage.FileRoutes;
import io.github.appwritespring.emulator.tablesdb.RowRoutes;
import io.github.appwritespring.emulator.tablesdb.SchemaRoutes;
import io.github.appwritespring.emulator.tablesdb.TablesDbRoutes;
import io.github.appwritespring.emulator.teams.TeamRoutes;
import io.github.appwritespring.emulator.users.UsersRoutes;

/** The one list of the emulator's route modules: add one line per feature. */
public final class RouteModules {

	private RouteModules() {
	}

	/** All route modules, in registration order. */
	public static List<RouteModule> all() {
		return List.of(new HealthRoutes(), new AccountRoutes(), new AccountSessionRoutes(), new OAuth2Routes(),
				new UsersRoutes(), new TablesDbRoutes(), new SchemaRoutes(), new RowRoutes(), new BucketRoutes(),
				new FileRoutes(), new FunctionRoutes(), new TeamRoutes());
	}

}
