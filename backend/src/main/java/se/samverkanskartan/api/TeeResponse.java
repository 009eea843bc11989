package se.samverkanskartan.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A response that writes through to the client as usual and keeps a copy of its body. Unlike Spring's
 * {@code ContentCachingResponseWrapper} it holds nothing back, so the ETag filter around it sees the body as before.
 */
final class TeeResponse extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream(1024);

	private @Nullable ServletOutputStream stream;

	private @Nullable PrintWriter writer;

	TeeResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.stream == null) {
			ServletOutputStream target = super.getOutputStream();
			this.stream = new ServletOutputStream() {
				@Override
				public void write(int b) throws IOException {
					target.write(b);
					TeeResponse.this.copy.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					target.write(bytes, offset, length);
					TeeResponse.this.copy.write(bytes, offset, length);
				}

				@Override
				public void flush() throws IOException {
					target.flush();
				}

				@Override
				public boolean isReady() {
					return target.isReady();
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					target.setWriteListener(listener);
				}
			};
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		super.flushBuffer();
	}

	byte[] copy() {
		return this.copy.toByteArray();
	}

}
