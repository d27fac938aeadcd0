package io.github.appwritespring.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what one logger writes (the client logs through {@code System.Logger}, which
 * goes to {@code java.util.logging} here) while it is open.
 */
final class CapturedLog extends Handler implements AutoCloseable {

	private final Logger logger;

	private final List<LogRecord> records = new CopyOnWriteArrayList<>();

	CapturedLog(Class<?> source) {
		this.logger = Logger.getLogger(source.getName());
		this.logger.addHandler(this);
	}

	List<LogRecord> records() {
		return this.records;
	}

	@Override
	public void publish(LogRecord logRecord) {
		this.records.add(logRecord);
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
		this.logger.removeHandler(this);
	}

}
