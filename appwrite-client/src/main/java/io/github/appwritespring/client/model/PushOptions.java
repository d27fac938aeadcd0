package io.github.appwritespring.client.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a push message; {@code null} leaves Appwrite's default (on create) or the
 * current value (on update). Start from {@link #defaults()}.
 *
 * @param title the title
 * @param body the body
 * @param topics the topics it goes to
 * @param users the users it goes to
 * @param targets the targets it goes to
 * @param data extra data for the app
 * @param action the action when tapped
 * @param image an image, {@code bucketId:fileId}
 * @param icon the icon (Android)
 * @param sound the sound
 * @param color the icon colour (Android)
 * @param tag a tag grouping notifications (Android)
 * @param badge the badge count (iOS)
 * @param draft whether it stays a draft
 * @param scheduledAt when to send it, ISO 8601
 * @param contentAvailable whether it is a silent background update (iOS)
 * @param critical whether it is critical (bypasses silent mode on iOS)
 * @param priority {@code normal} or {@code high}
 * @since 0.1.0
 */
public record PushOptions(@Nullable String title, @Nullable String body, @Nullable List<String> topics,
		@Nullable List<String> users, @Nullable List<String> targets, @Nullable Map<String, Object> data,
		@Nullable String action, @Nullable String image, @Nullable String icon, @Nullable String sound,
		@Nullable String color, @Nullable String tag, @Nullable Long badge, @Nullable Boolean draft,
		@Nullable String scheduledAt, @Nullable Boolean contentAvailable, @Nullable Boolean critical,
		@Nullable String priority) {

	/**
	 * Returns options that leave every setting to Appwrite.
	 * @return options that leave every setting to Appwrite
	 */
	public static PushOptions defaults() {
		return new PushOptions(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	/**
	 * Returns a copy with {@code title} set.
	 * @param title the title
	 * @return a copy with {@code title} set
	 */
	public PushOptions withTitle(String title) {
		return new PushOptions(title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code body} set.
	 * @param body the body
	 * @return a copy with {@code body} set
	 */
	public PushOptions withBody(String body) {
		return new PushOptions(this.title, body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code topics} set.
	 * @param topics the topics it goes to
	 * @return a copy with {@code topics} set
	 */
	public PushOptions withTopics(List<String> topics) {
		return new PushOptions(this.title, this.body, topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code users} set.
	 * @param users the users it goes to
	 * @return a copy with {@code users} set
	 */
	public PushOptions withUsers(List<String> users) {
		return new PushOptions(this.title, this.body, this.topics, users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code targets} set.
	 * @param targets the targets it goes to
	 * @return a copy with {@code targets} set
	 */
	public PushOptions withTargets(List<String> targets) {
		return new PushOptions(this.title, this.body, this.topics, this.users, targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code data} set.
	 * @param data extra data for the app
	 * @return a copy with {@code data} set
	 */
	public PushOptions withData(Map<String, Object> data) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code action} set.
	 * @param action the action when tapped
	 * @return a copy with {@code action} set
	 */
	public PushOptions withAction(String action) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code image} set.
	 * @param image an image, {@code bucketId:fileId}
	 * @return a copy with {@code image} set
	 */
	public PushOptions withImage(String image) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code icon} set.
	 * @param icon the icon (Android)
	 * @return a copy with {@code icon} set
	 */
	public PushOptions withIcon(String icon) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code sound} set.
	 * @param sound the sound
	 * @return a copy with {@code sound} set
	 */
	public PushOptions withSound(String sound) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code color} set.
	 * @param color the icon colour (Android)
	 * @return a copy with {@code color} set
	 */
	public PushOptions withColor(String color) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code tag} set.
	 * @param tag a tag grouping notifications (Android)
	 * @return a copy with {@code tag} set
	 */
	public PushOptions withTag(String tag) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code badge} set.
	 * @param badge the badge count (iOS)
	 * @return a copy with {@code badge} set
	 */
	public PushOptions withBadge(long badge) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code draft} set.
	 * @param draft whether it stays a draft
	 * @return a copy with {@code draft} set
	 */
	public PushOptions withDraft(boolean draft) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, draft, this.scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code scheduledAt} set.
	 * @param scheduledAt when to send it, ISO 8601
	 * @return a copy with {@code scheduledAt} set
	 */
	public PushOptions withScheduledAt(String scheduledAt) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, scheduledAt,
				this.contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code contentAvailable} set.
	 * @param contentAvailable whether it is a silent background update (iOS)
	 * @return a copy with {@code contentAvailable} set
	 */
	public PushOptions withContentAvailable(boolean contentAvailable) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				contentAvailable, this.critical, this.priority);
	}

	/**
	 * Returns a copy with {@code critical} set.
	 * @param critical whether it is critical (bypasses silent mode on iOS)
	 * @return a copy with {@code critical} set
	 */
	public PushOptions withCritical(boolean critical) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, critical, this.priority);
	}

	/**
	 * Returns a copy with {@code priority} set.
	 * @param priority {@code normal} or {@code high}
	 * @return a copy with {@code priority} set
	 */
	public PushOptions withPriority(String priority) {
		return new PushOptions(this.title, this.body, this.topics, this.users, this.targets, this.data, this.action,
				this.image, this.icon, this.sound, this.color, this.tag, this.badge, this.draft, this.scheduledAt,
				this.contentAvailable, this.critical, priority);
	}

}
