package io.github.appwritespring.client.transport;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.ClassPathResource;

import io.github.appwritespring.client.model.AcceptedInvitation;
import io.github.appwritespring.client.model.AppwriteFunction;
import io.github.appwritespring.client.model.AppwriteFunctionList;
import io.github.appwritespring.client.model.Bucket;
import io.github.appwritespring.client.model.BucketList;
import io.github.appwritespring.client.model.BucketOptions;
import io.github.appwritespring.client.model.Column;
import io.github.appwritespring.client.model.ColumnIndex;
import io.github.appwritespring.client.model.ColumnIndexList;
import io.github.appwritespring.client.model.ColumnList;
import io.github.appwritespring.client.model.ColumnOptions;
import io.github.appwritespring.client.model.Continent;
import io.github.appwritespring.client.model.ContinentList;
import io.github.appwritespring.client.model.Country;
import io.github.appwritespring.client.model.CountryList;
import io.github.appwritespring.client.model.Currency;
import io.github.appwritespring.client.model.CurrencyList;
import io.github.appwritespring.client.model.Database;
import io.github.appwritespring.client.model.DatabaseList;
import io.github.appwritespring.client.model.Deployment;
import io.github.appwritespring.client.model.DeploymentList;
import io.github.appwritespring.client.model.EmailOptions;
import io.github.appwritespring.client.model.Execution;
import io.github.appwritespring.client.model.ExecutionList;
import io.github.appwritespring.client.model.ExecutionRequest;
import io.github.appwritespring.client.model.File;
import io.github.appwritespring.client.model.FileList;
import io.github.appwritespring.client.model.Framework;
import io.github.appwritespring.client.model.FrameworkAdapter;
import io.github.appwritespring.client.model.FrameworkList;
import io.github.appwritespring.client.model.FunctionOptions;
import io.github.appwritespring.client.model.FunctionRuntime;
import io.github.appwritespring.client.model.FunctionRuntimeList;
import io.github.appwritespring.client.model.HealthAntivirus;
import io.github.appwritespring.client.model.HealthCertificate;
import io.github.appwritespring.client.model.HealthQueue;
import io.github.appwritespring.client.model.HealthStatus;
import io.github.appwritespring.client.model.HealthTime;
import io.github.appwritespring.client.model.Identity;
import io.github.appwritespring.client.model.IdentityList;
import io.github.appwritespring.client.model.Jwt;
import io.github.appwritespring.client.model.Language;
import io.github.appwritespring.client.model.LanguageList;
import io.github.appwritespring.client.model.LocaleCode;
import io.github.appwritespring.client.model.LocaleCodeList;
import io.github.appwritespring.client.model.LocaleInfo;
import io.github.appwritespring.client.model.Log;
import io.github.appwritespring.client.model.LogList;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.MembershipList;
import io.github.appwritespring.client.model.Message;
import io.github.appwritespring.client.model.MessageList;
import io.github.appwritespring.client.model.MfaChallenge;
import io.github.appwritespring.client.model.MfaFactors;
import io.github.appwritespring.client.model.MfaRecoveryCodes;
import io.github.appwritespring.client.model.MfaType;
import io.github.appwritespring.client.model.PhoneCode;
import io.github.appwritespring.client.model.PhoneCodeList;
import io.github.appwritespring.client.model.PreviewOptions;
import io.github.appwritespring.client.model.Provider;
import io.github.appwritespring.client.model.ProviderList;
import io.github.appwritespring.client.model.PushOptions;
import io.github.appwritespring.client.model.ResourceToken;
import io.github.appwritespring.client.model.ResourceTokenList;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;
import io.github.appwritespring.client.model.ScreenshotOptions;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.SessionList;
import io.github.appwritespring.client.model.Site;
import io.github.appwritespring.client.model.SiteList;
import io.github.appwritespring.client.model.SiteOptions;
import io.github.appwritespring.client.model.Specification;
import io.github.appwritespring.client.model.SpecificationList;
import io.github.appwritespring.client.model.Subscriber;
import io.github.appwritespring.client.model.SubscriberList;
import io.github.appwritespring.client.model.Table;
import io.github.appwritespring.client.model.TableList;
import io.github.appwritespring.client.model.Target;
import io.github.appwritespring.client.model.TargetList;
import io.github.appwritespring.client.model.Team;
import io.github.appwritespring.client.model.TeamList;
import io.github.appwritespring.client.model.Token;
import io.github.appwritespring.client.model.Topic;
import io.github.appwritespring.client.model.TopicList;
import io.github.appwritespring.client.model.Transaction;
import io.github.appwritespring.client.model.TransactionList;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.client.model.UserList;
import io.github.appwritespring.client.model.Variable;
import io.github.appwritespring.client.model.VariableList;

/**
 * What a GraalVM native image of an application using this client needs to know, picked
 * up by Spring's ahead-of-time processing through {@code META-INF/spring/aot.factories}:
 * the answer records {@link io.github.appwritespring.client.internal.Json}'s mapper binds
 * reflectively (their components, nested records such as {@link Execution.Header}
 * included) and the version resource {@link ClientVersion} reads.
 * <p>
 * Not covered, because only the application knows them: the types it maps rows and
 * preferences to ({@code Class<T>} arguments of {@code TablesDb} and
 * {@code Account.getPrefs}); register those with {@code @RegisterReflectionForBinding}.
 */
final class AppwriteClientRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * The records of {@code io.github.appwritespring.client.model}; the tests check that
	 * none is missing.
	 */
	static final Class<?>[] MODELS = { AcceptedInvitation.class, AppwriteFunction.class, AppwriteFunctionList.class,
			Bucket.class, BucketList.class, BucketOptions.class, Column.class, ColumnIndex.class, ColumnIndexList.class,
			ColumnList.class, ColumnOptions.class, Continent.class, ContinentList.class, Country.class,
			CountryList.class, Currency.class, CurrencyList.class, Database.class, DatabaseList.class, Deployment.class,
			DeploymentList.class, EmailOptions.class, Execution.class, ExecutionList.class, ExecutionRequest.class,
			File.class, FileList.class, Framework.class, FrameworkAdapter.class, FrameworkList.class,
			FunctionOptions.class, FunctionRuntime.class, FunctionRuntimeList.class, HealthAntivirus.class,
			HealthCertificate.class, HealthQueue.class, HealthStatus.class, HealthTime.class, Identity.class,
			IdentityList.class, Jwt.class, Language.class, LanguageList.class, LocaleCode.class, LocaleCodeList.class,
			LocaleInfo.class, Log.class, LogList.class, Membership.class, MembershipList.class, Message.class,
			MessageList.class, MfaChallenge.class, MfaFactors.class, MfaRecoveryCodes.class, MfaType.class,
			PhoneCode.class, PhoneCodeList.class, PreviewOptions.class, Provider.class, ProviderList.class,
			PushOptions.class, ResourceToken.class, ResourceTokenList.class, Row.class, RowList.class,
			ScreenshotOptions.class, Session.class, SessionList.class, Site.class, SiteList.class, SiteOptions.class,
			Specification.class, SpecificationList.class, Subscriber.class, SubscriberList.class, Table.class,
			TableList.class, Target.class, TargetList.class, Team.class, TeamList.class, Token.class, Topic.class,
			TopicList.class, Transaction.class, TransactionList.class, User.class, UserList.class, Variable.class,
			VariableList.class };

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), MODELS);
		hints.resources().registerResource(new ClassPathResource(ClientVersion.RESOURCE, ClientVersion.class));
	}

}
