package io.github.appwritespring.emulator;

import java.util.List;

import io.github.appwritespring.emulator.internal.account.AccountRoutes;
import io.github.appwritespring.emulator.internal.account.AccountSessionRoutes;
import io.github.appwritespring.emulator.internal.account.LifecycleRoutes;
import io.github.appwritespring.emulator.internal.account.MfaRoutes;
import io.github.appwritespring.emulator.internal.account.OAuth2Routes;
import io.github.appwritespring.emulator.internal.account.UserLogRoutes;
import io.github.appwritespring.emulator.internal.avatars.AvatarRoutes;
import io.github.appwritespring.emulator.internal.avatars.IconRoutes;
import io.github.appwritespring.emulator.internal.avatars.RemoteImageRoutes;
import io.github.appwritespring.emulator.internal.clock.ClockRoutes;
import io.github.appwritespring.emulator.internal.compute.DeploymentRoutes;
import io.github.appwritespring.emulator.internal.compute.VariableRoutes;
import io.github.appwritespring.emulator.internal.functions.FunctionRoutes;
import io.github.appwritespring.emulator.internal.functions.FunctionSettingsRoutes;
import io.github.appwritespring.emulator.internal.health.HealthRoutes;
import io.github.appwritespring.emulator.internal.locale.LocaleRoutes;
import io.github.appwritespring.emulator.internal.mail.MailRoutes;
import io.github.appwritespring.emulator.internal.messaging.MessageRoutes;
import io.github.appwritespring.emulator.internal.messaging.ProviderRoutes;
import io.github.appwritespring.emulator.internal.messaging.SubscriberRoutes;
import io.github.appwritespring.emulator.internal.messaging.TargetRoutes;
import io.github.appwritespring.emulator.internal.messaging.TopicRoutes;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.sites.SiteRoutes;
import io.github.appwritespring.emulator.internal.storage.BucketRoutes;
import io.github.appwritespring.emulator.internal.storage.FilePreviewRoutes;
import io.github.appwritespring.emulator.internal.storage.FileRoutes;
import io.github.appwritespring.emulator.internal.storage.FileTokenRoutes;
import io.github.appwritespring.emulator.internal.tablesdb.ColumnUpdateRoutes;
import io.github.appwritespring.emulator.internal.tablesdb.RelationshipColumnRoutes;
import io.github.appwritespring.emulator.internal.tablesdb.RowRoutes;
import io.github.appwritespring.emulator.internal.tablesdb.SchemaRoutes;
import io.github.appwritespring.emulator.internal.tablesdb.TablesDbRoutes;
import io.github.appwritespring.emulator.internal.tablesdb.TransactionRoutes;
import io.github.appwritespring.emulator.internal.teams.TeamRoutes;
import io.github.appwritespring.emulator.internal.users.UserImportRoutes;
import io.github.appwritespring.emulator.internal.users.UsersRoutes;

/**
 * The one list of the emulator's route modules: add one line per feature.
 *
 * @since 0.1.0
 */
public final class RouteModules {

	private RouteModules() {
	}

	/** All route modules, in registration order. */
	public static List<RouteModule> all() {
		return List.of(new HealthRoutes(), new AccountRoutes(), new AccountSessionRoutes(), new LifecycleRoutes(),
				new MfaRoutes(), new OAuth2Routes(), new UsersRoutes(), new TransactionRoutes(), new TablesDbRoutes(),
				new SchemaRoutes(), new ColumnUpdateRoutes(), new RelationshipColumnRoutes(), new RowRoutes(),
				new BucketRoutes(), new FileRoutes(), new FilePreviewRoutes(), new FunctionSettingsRoutes(),
				new FunctionRoutes(), new DeploymentRoutes(FunctionSettingsRoutes.FUNCTIONS),
				new VariableRoutes(FunctionSettingsRoutes.FUNCTIONS), new TeamRoutes(), new MailRoutes(),
				new ClockRoutes(), new LocaleRoutes(), new AvatarRoutes(), new UserImportRoutes(), new UserLogRoutes(),
				new SiteRoutes(), new DeploymentRoutes(SiteRoutes.SITES), new VariableRoutes(SiteRoutes.SITES),
				new ProviderRoutes(), new TopicRoutes(), new SubscriberRoutes(), new MessageRoutes(),
				new TargetRoutes(), new FileTokenRoutes(), new IconRoutes(), new RemoteImageRoutes());
	}

}
