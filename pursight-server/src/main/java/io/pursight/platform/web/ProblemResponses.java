package io.pursight.platform.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem document with a stable {@code type} and a
 * detail a person can act on. Unexpected failures become a bare 500: logged here, never
 * shown to the client.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
	private static final String VALID_UNICODE = "send valid Unicode text (an escape \\uD800-\\uDBFF must be followed by"
			+ " one \\uDC00-\\uDFFF).";

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> problem(Problem problem) {
		ProblemDetail body = body(problem.kind(), problem.getMessage());
		problem.properties().forEach(body::setProperty);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.kind().status());
		Object retryAfter = problem.properties().get(Problem.RETRY_AFTER_SECONDS);
		if (retryAfter != null) {
			response.header(HttpHeaders.RETRY_AFTER, retryAfter.toString());
		}
		return response.body(body);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
		return respond(ProblemKind.FORBIDDEN, "Your role does not permit this operation.");
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
		List<Map<String, String>> errors = e.getConstraintViolations().stream()
				.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
				.toList();
		ProblemDetail body = body(ProblemKind.INVALID_REQUEST, "The request has invalid values: see errors.");
		body.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(body);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		String expected = e.getRequiredType() == null ? "another type" : describe(e.getRequiredType());
		return respond(ProblemKind.INVALID_REQUEST,
				"Parameter '" + e.getName() + "' has an invalid value: expected " + expected + ".");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> optimisticLock(OptimisticLockingFailureException e) {
		return respond(ProblemKind.VERSION_CONFLICT, "The resource was changed by someone else. Reload it and retry.");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
		log.debug("Integrity violation", e);
		return respond(ProblemKind.CONFLICT,
				"The change conflicts with existing data (for example a name that is already taken).");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected failure", e);
		return respond(ProblemKind.INTERNAL,
				"Something went wrong on our side. The error was logged; retry, and contact the administrator if it persists.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
				.map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
				.toList();
		String summary = errors.stream().map(f -> f.get("field") + " " + f.get("message"))
				.collect(Collectors.joining("; "));
		ProblemDetail body = body(ProblemKind.INVALID_REQUEST, "Invalid request: " + summary + ".");
		body.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String summary = e.getAllErrors().stream().map(err -> String.valueOf(err.getDefaultMessage()))
				.collect(Collectors.joining("; "));
		return ResponseEntity.badRequest().body(body(ProblemKind.INVALID_REQUEST, "Invalid request: " + summary + "."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		RequestSizeLimit.BodyTooLarge tooLarge = RequestSizeLimit.BodyTooLarge.in(e);
		if (tooLarge != null) {
			// a streamed body crossed the limit while being parsed: same answer as the filter's
			return ResponseEntity.status(ProblemKind.PAYLOAD_TOO_LARGE.status())
					.body(body(ProblemKind.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
		}
		return ResponseEntity.badRequest().body(body(ProblemKind.INVALID_REQUEST, unreadable(e)));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(ProblemKind.NOT_FOUND.status()).body(body(ProblemKind.NOT_FOUND,
				"Nothing is served at " + e.getHttpMethod() + " /" + e.getResourcePath()
						+ ". The API operations are listed at /v3/api-docs."));
	}

	/** Framework exceptions (404 route, 405, 415, …) keep their status but get our type and title. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail detail
				&& (detail.getType() == null || detail.getType().toString().equals("about:blank"))) {
			ProblemKind kind = kindFor(status.value());
			detail.setType(java.net.URI.create(kind.type()));
			detail.setTitle(kind.title());
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private static String unreadable(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		StreamReadException duplicate = parserRefusal(cause, "Duplicate Object property");
		if (duplicate != null) {
			String message = duplicate.getOriginalMessage();
			String key = message.substring(message.indexOf('"') + 1, Math.max(message.indexOf('"') + 1, message.lastIndexOf('"')));
			return "Field '" + (key.length() > 100 ? key.substring(0, 100) + "…" : key)
					+ "' appears more than once in one JSON object" + where(duplicate) + ": send each field once.";
		}
		// the parser checks the surrogates of property names itself; WellFormedStrings those of values
		StreamReadException brokenName = parserRefusal(cause, "surrogate in property name");
		if (brokenName == null) {
			brokenName = parserRefusal(cause, "Broken surrogate pair in property name");
		}
		if (brokenName != null) {
			return "A field name" + where(brokenName) + " contains half of a UTF-16 surrogate pair: " + VALID_UNICODE;
		}
		if (cause instanceof WellFormedStrings.UnpairedSurrogate us) {
			String field = path(us);
			return (us.inKey() ? "A key in field '" + field + "'" : "Field '" + field + "'")
					+ " contains half of a UTF-16 surrogate pair at character " + us.position() + ": " + VALID_UNICODE;
		}
		if (cause instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
			return "Field '" + path(ife) + "' has the unknown value '" + ife.getValue() + "': expected one of "
					+ List.of(ife.getTargetType().getEnumConstants()) + ".";
		}
		if (cause instanceof UnrecognizedPropertyException upe) {
			return "Unknown field '" + path(upe) + "'. Known fields: " + upe.getKnownPropertyIds() + ".";
		}
		if (cause instanceof InvalidFormatException ife) {
			return "Field '" + path(ife) + "' has an invalid value: expected " + describe(ife.getTargetType()) + ".";
		}
		if (cause instanceof MismatchedInputException mie) {
			String field = path(mie);
			if (field.isEmpty() && mie.getOriginalMessage().startsWith("Trailing token")) {
				return "The request body continues after the JSON object" + where(mie)
						+ ": send exactly one JSON object.";
			}
			return field.isEmpty() ? "The request body has the wrong shape: expected a JSON object."
					: "Field '" + field + "' has the wrong type: expected " + describe(mie.getTargetType()) + ".";
		}
		if (cause instanceof InputCoercionException ice) {
			return "The number" + where(ice) + " is out of range: expected " + describe(ice.getTargetType())
					+ " that fits its field.";
		}
		if (cause instanceof StreamConstraintsException sce) {
			// the parser's own message names its configuration classes: say it in our words
			return "The request body exceeds what PurSight accepts" + where(sce)
					+ " (too deeply nested, or a number or text too long). Send a simpler document.";
		}
		if (cause instanceof JacksonException je) {
			return "The request body is not valid JSON" + where(je) + ": " + je.getOriginalMessage();
		}
		return "The request body is missing or unreadable: send a JSON object with Content-Type application/json.";
	}

	/** The parser's refusal whose message contains {@code fragment}, somewhere in the causes of a failure, or null. */
	private static StreamReadException parserRefusal(Throwable failure, String fragment) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof StreamReadException sre && sre.getOriginalMessage() != null
					&& sre.getOriginalMessage().contains(fragment)) {
				return sre;
			}
		}
		return null;
	}

	private static String where(JacksonException e) {
		TokenStreamLocation at = e.getLocation();
		return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
	}

	private static String path(DatabindException e) {
		return e.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "another type";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
				|| type == int.class || type == long.class || type == short.class || type == byte.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == java.util.UUID.class || type.getSimpleName().endsWith("Id")) {
			return "a UUID";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "an array";
		}
		if (type == String.class) {
			return "a string";
		}
		return "an object";
	}

	private static ProblemKind kindFor(int status) {
		for (ProblemKind kind : ProblemKind.values()) {
			if (kind.status() == status) {
				return kind;
			}
		}
		return status >= 500 ? ProblemKind.INTERNAL : ProblemKind.INVALID_REQUEST;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemKind kind, String detail) {
		return ResponseEntity.status(kind.status()).body(body(kind, detail));
	}

	static ProblemDetail body(ProblemKind kind, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(kind.status()), detail);
		body.setType(java.net.URI.create(kind.type()));
		body.setTitle(kind.title());
		return body;
	}
}
