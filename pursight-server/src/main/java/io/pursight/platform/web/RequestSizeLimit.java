package io.pursight.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import io.pursight.common.ProblemKind;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies above {@code pursight.api.max-body-size} with 413, whether the client
 * declares the length or streams a chunked body, before any of it is parsed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(ApiSettings.class)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(ApiSettings settings) {
		this.maxBytes = settings.maxBodySize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			reject(response);
			return;
		}
		try {
			chain.doFilter(new Limited(request, maxBytes), response);
		}
		catch (Exception e) {
			if (BodyTooLarge.in(e) != null && !response.isCommitted()) {
				response.reset();
				reject(response);
				return;
			}
			throw e;
		}
	}

	private void reject(HttpServletResponse response) throws IOException {
		ProblemKind kind = ProblemKind.PAYLOAD_TOO_LARGE;
		response.setStatus(kind.status());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		// answered before the security filters, which would otherwise add this header
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.getWriter().write("{\"type\":\"" + kind.type() + "\",\"title\":\"" + kind.title() + "\",\"status\":"
				+ kind.status() + ",\"detail\":\"" + BodyTooLarge.detail(maxBytes) + "\"}");
	}

	/** Thrown while a body is read past the limit; its message is the detail to show the client. */
	static final class BodyTooLarge extends IOException {
		BodyTooLarge(long maxBytes) {
			super(detail(maxBytes), null);
		}

		static String detail(long maxBytes) {
			return "The request body exceeds " + maxBytes + " bytes. Send less data per request.";
		}

		/** The limit breach somewhere in the causes of a failure, or null. */
		static BodyTooLarge in(Throwable failure) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof BodyTooLarge tooLarge) {
					return tooLarge;
				}
			}
			return null;
		}
	}

	private static final class Limited extends HttpServletRequestWrapper {
		private final long max;
		private ServletInputStream stream;

		Limited(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {
					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buf, int off, int len) throws IOException {
						int n = in.read(buf, off, len);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws IOException {
						read += n;
						if (read > max) {
							throw new BodyTooLarge(max);
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return stream;
		}
	}
}
