package io.pursight.access.web;

import java.net.URI;

import io.pursight.access.Actor;
import io.pursight.access.Permission;
import io.pursight.access.Requires;
import io.pursight.access.internal.UserDirectory;
import io.pursight.access.internal.UserDirectory.UserView;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Local user accounts")
class UserController {

	private final UserDirectory directory;

	UserController(UserDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/me")
	@Requires(Permission.AUTHENTICATED)
	@Operation(summary = "The signed-in user")
	UserView me() {
		return directory.get(Actor.require().id());
	}

	@GetMapping
	@Requires(Permission.USER_MANAGE)
	@Operation(summary = "List users (platform administrators)")
	PageResult<UserView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return directory.list(new PageQuery(page, size));
	}

	@GetMapping("/{userId}")
	@Requires(Permission.USER_MANAGE)
	@Operation(summary = "Get a user (platform administrators)")
	UserView get(@PathVariable UserId userId) {
		return directory.get(userId);
	}

	@PostMapping
	@Requires(Permission.USER_MANAGE)
	@Operation(summary = "Create a local user (platform administrators)")
	ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
		UserView created = directory.create(user.username(), user.displayName(), user.email(), user.password(),
				Boolean.TRUE.equals(user.platformAdmin()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	record NewUser(@NotBlank @Size(max = 100) @Schema(example = "dana.steward") String username,
			@Size(max = 200) @Schema(example = "Dana Steward") String displayName,
			@Email @Size(max = 320) @Schema(example = "dana@example.com") String email,
			@NotBlank @Size(min = 12, max = 256) String password,
			@Schema(description = "Omitted: false", defaultValue = "false") Boolean platformAdmin) {
	}
}
