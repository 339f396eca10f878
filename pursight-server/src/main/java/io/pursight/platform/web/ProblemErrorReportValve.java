package io.pursight.platform.web;

import java.io.IOException;
import java.io.Writer;

import io.pursight.common.ProblemKind;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on a request it refused before the application saw it (a malformed URL,
 * say): a problem document instead of Tomcat's HTML page, with nothing about the server in it.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ProblemKind kind = ProblemKind.forStatus(status);
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ProblemErrorController.json(kind));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// the client is gone or the response was taken over: nothing more to say
		}
	}
}
