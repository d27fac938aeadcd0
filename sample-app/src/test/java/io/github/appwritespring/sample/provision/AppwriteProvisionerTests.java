package io.github.appwritespring.sample.provision;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.Bucket;
import io.github.appwritespring.client.model.Column;
import io.github.appwritespring.client.model.Table;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up set-up against the emulator: what it creates, and that running it again
 * changes nothing.
 */
@SpringBootTest(properties = "sample.development=true")
@AutoConfigureAppwriteEmulator
class AppwriteProvisionerTests {

	@Autowired
	AppwriteProvisioner provisioner;

	@Autowired
	AppwriteClient admin;

	@Test
	void createsTheTableWithRowSecurityAndTheBucketWithFileSecurity() {
		this.provisioner.provision();
		Table table = this.admin.tablesDb().getTable("sample", "notes");
		assertThat(table.rowSecurity()).isTrue();
		assertThat(table.permissions()).containsExactly(Permission.create(Role.users()));
		assertThat(table.columns()).extracting(Column::key)
			.containsExactlyInAnyOrder("title", "body", "ownerId", "ownerName", "attachmentIds", "sharedWith");
		Bucket bucket = this.admin.storage().getBucket("attachments");
		assertThat(bucket.fileSecurity()).isTrue();
		assertThat(bucket.maximumFileSize()).isEqualTo(1024 * 1024);
		assertThat(bucket.permissions()).isEqualTo(List.of(Permission.create(Role.users())));
	}

	@Test
	void runningAgainLeavesWhatExists() {
		this.provisioner.provision();
		String updatedAt = this.admin.tablesDb().getTable("sample", "notes").updatedAt();
		this.provisioner.provision();
		this.provisioner.provision();
		assertThat(this.admin.tablesDb().getTable("sample", "notes").updatedAt()).isEqualTo(updatedAt);
		assertThat(this.admin.tablesDb().listColumns("sample", "notes", null).total()).isEqualTo(6);
	}

}
