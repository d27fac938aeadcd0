package io.github.appwritespring.sample.pages;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.model.File;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.sample.attachments.AttachmentService;
import io.github.appwritespring.sample.notes.Note;
import io.github.appwritespring.sample.notes.NoteService;
import io.github.appwritespring.sample.web.BadInputException;

/**
 * A note's attachments: upload, download (streamed from Appwrite through the app) and
 * delete.
 */
@Controller
public class AttachmentController {

	private final NoteService notes;

	private final AttachmentService attachments;

	private final NoteDetailView detail;

	/**
	 * Creates a new {@code AttachmentController}.
	 * @param notes the notes
	 * @param attachments the attachments
	 * @param detail the note page, shown again with an error after a refused upload
	 */
	public AttachmentController(NoteService notes, AttachmentService attachments, NoteDetailView detail) {
		this.notes = notes;
		this.attachments = attachments;
		this.detail = detail;
	}

	/**
	 * Returns the note page, with an error (400) when the file is refused.
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @param file the uploaded file
	 * @return the note page, with an error (400) when the file is refused
	 */
	@PostMapping("/notes/{id}/attachments")
	public ModelAndView upload(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id,
			@RequestParam(required = false) @Nullable MultipartFile file) {
		Row<Note> note = this.notes.owned(id, user);
		try {
			if (file == null) {
				throw new BadInputException("Choose a file that is not empty.");
			}
			this.attachments.upload(note, user, file);
		}
		catch (BadInputException ex) {
			return this.detail.render(note, user, ex.getMessage(), HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:/notes/" + note.id() + "?uploaded");
	}

	/**
	 * Returns the file's bytes as a download; always {@code application/octet-stream}, so
	 * an uploaded page can never run as this site.
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @param fileId the attachment's ID
	 * @return the file's bytes as a download; always {@code application/octet-stream}, so
	 * an uploaded page can never run as this site
	 */
	@GetMapping("/notes/{id}/attachments/{fileId}")
	public ResponseEntity<Resource> download(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id,
			@PathVariable String fileId) {
		File file = this.attachments.get(this.notes.get(id), fileId);
		// opened here, on the request's thread: the session client is request-scoped; the
		// converter copies and closes
		InputStreamResource body = new InputStreamResource(this.attachments.open(file));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(file.sizeOriginal())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/**
	 * Returns the note page.
	 * @param user the signed-in user
	 * @param id the note's ID
	 * @param fileId the attachment's ID
	 * @return the note page
	 */
	@PostMapping("/notes/{id}/attachments/{fileId}/delete")
	public String delete(@AuthenticationPrincipal AppwriteUser user, @PathVariable String id,
			@PathVariable String fileId) {
		Row<Note> note = this.notes.owned(id, user);
		this.attachments.delete(note, fileId);
		return "redirect:/notes/" + note.id() + "?removed";
	}

}
