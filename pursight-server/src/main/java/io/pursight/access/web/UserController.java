package io.pursight.access.web;

import java.net.URI;

import io.pursight.access.Access;
import io.pursight.access.AccessPermissions;
import io.pursight.access.Requires;
import io.pursight.access.Sessions;
import io.pursight.access.UserAccounts;
import io.pursight.access.UserView;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Local user accounts: creation, passwords, sessions, disabling and deletion")
class UserController {

	private static final String PASSWORD_RULES = "Passwords need 12 to 256 characters, any characters, no required "
			+ "digits or symbols; commonly used passwords (also with digits or symbols added), the user name or "
			+ "product name with little added, keyboard runs and repeated characters are refused with 400 and the reason.";

	private final UserAccounts users;
	private final Sessions sessions;
	private final Access access;

	UserController(UserAccounts users, Sessions sessions, Access access) {
		this.users = users;
		this.sessions = sessions;
		this.access = access;
	}

	@GetMapping("/me")
	@Requires(AccessPermissions.AUTHENTICATED)
	@Operation(summary = "The signed-in user")
	UserView me() {
		return users.get(access.actor().id());
	}

	@PostMapping("/me/password")
	@Requires(AccessPermissions.AUTHENTICATED)
	@Operation(summary = "Change your own password",
			description = "Needs your current password. Your other sessions end (anyone else logged in as you is "
					+ "logged out); this one goes on. Wrong current passwords count as failed logins (429 when "
					+ "repeated). " + PASSWORD_RULES)
	@ApiResponse(responseCode = "204", description = "Changed")
	@ApiResponse(responseCode = "403", description = "The current password is wrong")
	ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange change, HttpServletRequest request) {
		users.changeOwnPassword(access.actor().id(), change.currentPassword(), change.newPassword(),
				request.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/me/sessions/revoke")
	@Requires(AccessPermissions.AUTHENTICATED)
	@Operation(summary = "Log out your other sessions",
			description = "Ends every session of yours except the one of this request (to end that one too, log out). "
					+ "Their access tokens are refused from their next request, their refresh tokens at once.")
	RevokedSessions revokeOwnSessions() {
		return new RevokedSessions(sessions.endOtherSessions(access.actor().id()));
	}

	@GetMapping
	@Requires(AccessPermissions.USER_MANAGE)
	@Operation(summary = "List users (platform administrators)")
	PageResult<UserView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return users.list(new PageQuery(page, size));
	}

	@GetMapping("/{userId}")
	@Requires(AccessPermissions.USER_MANAGE)
	@Operation(summary = "Get a user (platform administrators)")
	UserView get(@PathVariable UserId userId) {
		return users.get(userId);
	}

	@PostMapping
	@Requires(AccessPermissions.USER_MANAGE)
	@Operation(summary = "Create a local user (platform administrators)",
			description = "User names are 2-100 ASCII letters, digits or . _ @ -, and unique without regard to case or "
					+ "character width: `Dana` and full-width `ｄａｎａ` are the same name as `dana` (409). "
					+ PASSWORD_RULES)
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = "The name is taken, in some spelling")
	ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
		UserView created = users.create(user.username(), user.displayName(), user.email(), user.password(),
				Boolean.TRUE.equals(user.platformAdmin()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	@PostMapping("/{userId}/disable")
	@Requires(AccessPermissions.USER_MANAGE)
	@Operation(summary = "Disable a user (platform administrators)",
			description = "The user can no longer log in, all their sessions end, and their access tokens are refused "
					+ "from their next request. Memberships stay, for when the user is enabled again.")
	@ApiResponse(responseCode = "200", description = "Disabled (also when already disabled)")
	@ApiResponse(responseCode = "409", description = "Your own account, or the last enabled platform administrator")
	UserView disable(@PathVariable UserId userId) {
		return users.disable(access.actor().id(), userId);
	}

	@PostMapping("/{userId}/enable")
	@Requires(AccessPermissions.USER_MANAGE)
	@Operation(summary = "Enable a disabled user (platform administrators)",
			description = "The user can log in again; sessions ended by disabling stay ended.")
	UserView enable(@PathVariable UserId userId) {
		return users.enable(userId);
	}

	@DeleteMapping("/{userId}")
	@Requires(AccessPermissions.USER_MANAGE)
	@Operation(summary = "Delete a user (platform administrators)",
			description = "Removes the account, its workspace memberships and sessions; its access tokens are refused "
					+ "from their next request. The audit log keeps the user's events under the name they had. "
					+ "Refused with 409 for your own account, the last enabled platform administrator, and the last "
					+ "ADMIN of a workspace (make another member ADMIN there first, or disable the user instead).")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "Your own account, the last enabled platform administrator, or the "
			+ "last ADMIN of a workspace")
	ResponseEntity<Void> delete(@PathVariable UserId userId) {
		users.delete(access.actor().id(), userId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{userId}/password")
	@Requires(AccessPermissions.USER_MANAGE)
	@Operation(summary = "Reset another user's password (platform administrators)",
			description = "All the user's sessions end. Tell them the new password over a separate channel. Your own "
					+ "password you change with `POST /api/v1/users/me/password` (409 here). " + PASSWORD_RULES)
	@ApiResponse(responseCode = "204", description = "Reset")
	ResponseEntity<Void> resetPassword(@PathVariable UserId userId, @Valid @RequestBody PasswordReset reset) {
		users.resetPassword(access.actor().id(), userId, reset.newPassword());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{userId}/sessions/revoke")
	@Requires(AccessPermissions.USER_MANAGE)
	@Operation(summary = "Log a user out everywhere (platform administrators)",
			description = "Ends all the user's sessions: refresh tokens are refused at once, access tokens from their "
					+ "next request. The user can log in again.")
	RevokedSessions revokeSessions(@PathVariable UserId userId) {
		users.get(userId);
		return new RevokedSessions(sessions.endAllSessions(userId));
	}

	record NewUser(@NotBlank @Size(max = 100) @Schema(example = "dana.steward") String username,
			@Size(max = 200) @Schema(example = "Dana Steward") String displayName,
			@Email @Size(max = 320) @Schema(example = "dana@example.com") String email,
			@NotBlank @Size(max = 256) @Schema(example = "lantern orbit quietly mango") String password,
			@Schema(description = "Omitted: false", defaultValue = "false") Boolean platformAdmin) {
	}

	record PasswordChange(@NotBlank @Size(max = 256) @Schema(example = "lantern orbit quietly mango") String currentPassword,
			@NotBlank @Size(max = 256) @Schema(example = "velvet harbour crosses tundra") String newPassword) {
	}

	record PasswordReset(@NotBlank @Size(max = 256) @Schema(example = "velvet harbour crosses tundra") String newPassword) {
	}

	/** How many sessions a revocation ended. */
	record RevokedSessions(@Schema(example = "2") int revokedSessions) {
	}
}
