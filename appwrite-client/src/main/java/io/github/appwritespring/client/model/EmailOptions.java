package io.github.appwritespring.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The optional parts of an email message; {@code null} leaves Appwrite's default (on
 * create) or the current value (on update). Start from {@link #defaults()}.
 *
 * @param topics the topics it goes to
 * @param users the users it goes to
 * @param targets the targets it goes to
 * @param cc target IDs copied
 * @param bcc target IDs blind-copied
 * @param attachments files attached, each {@code bucketId:fileId}
 * @param draft whether it stays a draft
 * @param html whether the content is HTML
 * @param scheduledAt when to send it, ISO 8601
 * @since 0.1.0
 */
public record EmailOptions(@Nullable List<String> topics, @Nullable List<String> users, @Nullable List<String> targets,
		@Nullable List<String> cc, @Nullable List<String> bcc, @Nullable List<String> attachments,
		@Nullable Boolean draft, @Nullable Boolean html, @Nullable String scheduledAt) {

	/**
	 * Returns options that leave every setting to Appwrite.
	 * @return options that leave every setting to Appwrite
	 */
	public static EmailOptions defaults() {
		return new EmailOptions(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Returns a copy with {@code topics} set.
	 * @param topics the topics it goes to
	 * @return a copy with {@code topics} set
	 */
	public EmailOptions withTopics(List<String> topics) {
		return new EmailOptions(topics, this.users, this.targets, this.cc, this.bcc, this.attachments, this.draft,
				this.html, this.scheduledAt);
	}

	/**
	 * Returns a copy with {@code users} set.
	 * @param users the users it goes to
	 * @return a copy with {@code users} set
	 */
	public EmailOptions withUsers(List<String> users) {
		return new EmailOptions(this.topics, users, this.targets, this.cc, this.bcc, this.attachments, this.draft,
				this.html, this.scheduledAt);
	}

	/**
	 * Returns a copy with {@code targets} set.
	 * @param targets the targets it goes to
	 * @return a copy with {@code targets} set
	 */
	public EmailOptions withTargets(List<String> targets) {
		return new EmailOptions(this.topics, this.users, targets, this.cc, this.bcc, this.attachments, this.draft,
				this.html, this.scheduledAt);
	}

	/**
	 * Returns a copy with {@code cc} set.
	 * @param cc target IDs copied
	 * @return a copy with {@code cc} set
	 */
	public EmailOptions withCc(List<String> cc) {
		return new EmailOptions(this.topics, this.users, this.targets, cc, this.bcc, this.attachments, this.draft,
				this.html, this.scheduledAt);
	}

	/**
	 * Returns a copy with {@code bcc} set.
	 * @param bcc target IDs blind-copied
	 * @return a copy with {@code bcc} set
	 */
	public EmailOptions withBcc(List<String> bcc) {
		return new EmailOptions(this.topics, this.users, this.targets, this.cc, bcc, this.attachments, this.draft,
				this.html, this.scheduledAt);
	}

	/**
	 * Returns a copy with {@code attachments} set.
	 * @param attachments files attached, each {@code bucketId:fileId}
	 * @return a copy with {@code attachments} set
	 */
	public EmailOptions withAttachments(List<String> attachments) {
		return new EmailOptions(this.topics, this.users, this.targets, this.cc, this.bcc, attachments, this.draft,
				this.html, this.scheduledAt);
	}

	/**
	 * Returns a copy with {@code draft} set.
	 * @param draft whether it stays a draft
	 * @return a copy with {@code draft} set
	 */
	public EmailOptions withDraft(boolean draft) {
		return new EmailOptions(this.topics, this.users, this.targets, this.cc, this.bcc, this.attachments, draft,
				this.html, this.scheduledAt);
	}

	/**
	 * Returns a copy with {@code html} set.
	 * @param html whether the content is HTML
	 * @return a copy with {@code html} set
	 */
	public EmailOptions withHtml(boolean html) {
		return new EmailOptions(this.topics, this.users, this.targets, this.cc, this.bcc, this.attachments, this.draft,
				html, this.scheduledAt);
	}

	/**
	 * Returns a copy with {@code scheduledAt} set.
	 * @param scheduledAt when to send it, ISO 8601
	 * @return a copy with {@code scheduledAt} set
	 */
	public EmailOptions withScheduledAt(String scheduledAt) {
		return new EmailOptions(this.topics, this.users, this.targets, this.cc, this.bcc, this.attachments, this.draft,
				this.html, scheduledAt);
	}

}
