package io.github.appwritespring.client.service;

import reactor.core.publisher.Mono;

import io.github.appwritespring.client.model.ContinentList;
import io.github.appwritespring.client.model.CountryList;
import io.github.appwritespring.client.model.CurrencyList;
import io.github.appwritespring.client.model.LanguageList;
import io.github.appwritespring.client.model.LocaleCodeList;
import io.github.appwritespring.client.model.LocaleInfo;
import io.github.appwritespring.client.model.PhoneCodeList;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Locale service, reactive face: where the caller is (by IP) and lists of
 * countries, continents, currencies, languages and phone codes, in the client's locale.
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveLocale extends Service {

	/**
	 * Creates a new {@code ReactiveLocale}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveLocale(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Get user locale.
	 * @return the locale info
	 */
	public Mono<LocaleInfo> get() {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("locale"), this.context, LocaleInfo.class));
	}

	/**
	 * List locale codes.
	 * @return the locale code list
	 */
	public Mono<LocaleCodeList> listCodes() {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("locale", "codes"), this.context, LocaleCodeList.class));
	}

	/**
	 * List continents.
	 * @return the continent list
	 */
	public Mono<ContinentList> listContinents() {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.get("locale", "continents"), this.context, ContinentList.class));
	}

	/**
	 * List countries.
	 * @return the country list
	 */
	public Mono<CountryList> listCountries() {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("locale", "countries"), this.context, CountryList.class));
	}

	/**
	 * List EU countries.
	 * @return the country list
	 */
	public Mono<CountryList> listCountriesEU() {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("locale", "countries", "eu"), this.context,
				CountryList.class));
	}

	/**
	 * List countries phone codes.
	 * @return the phone code list
	 */
	public Mono<PhoneCodeList> listCountriesPhones() {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("locale", "countries", "phones"), this.context,
				PhoneCodeList.class));
	}

	/**
	 * List currencies.
	 * @return the currency list
	 */
	public Mono<CurrencyList> listCurrencies() {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("locale", "currencies"), this.context, CurrencyList.class));
	}

	/**
	 * List languages.
	 * @return the language list
	 */
	public Mono<LanguageList> listLanguages() {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("locale", "languages"), this.context, LanguageList.class));
	}

}
