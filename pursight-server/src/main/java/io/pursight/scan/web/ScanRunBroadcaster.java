package io.pursight.scan.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.pursight.access.LiveTopic;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourcePermissions;
import io.pursight.scan.ScanRun;
import io.pursight.scan.ScanRunId;
import io.pursight.scan.internal.ScanRunChanges;
import io.pursight.scan.internal.ScanRunChanges.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.user.SimpSubscription;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * Sends every change of a scan run to {@code /topic/workspaces/{workspaceId}/scan-runs}, as the
 * run's JSON of {@code GET /scan-runs/{runId}}. There is no broker between replicas: while this
 * replica has subscribers, it reads the runs changed in the shared store every
 * {@code pursight.live.scan-runs.interval}, so its subscribers also see runs that another replica
 * executes. Only workspaces with a subscriber here cost a read of the run.
 *
 * <p>Each read starts {@code lookback} before the newest change seen, so that a change stamped
 * earlier but committed later is not lost; what was already sent within that window is skipped by
 * its (run, version, updated at). A full batch is followed from its last change on the next read,
 * so that many changes at one instant are paged through rather than read again. Delivery is at
 * least once and in order per run: a client keeps, per run, the message with the highest
 * {@code version}. The state lives on the broadcaster's one thread.
 */
class ScanRunBroadcaster implements SmartLifecycle {

	static final LiveTopic TOPIC = new LiveTopic("/topic/workspaces/{workspaceId}/scan-runs",
			DataSourcePermissions.SOURCE_READ);

	private static final Logger log = LoggerFactory.getLogger(ScanRunBroadcaster.class);
	private static final String TOPIC_PREFIX = TOPIC.destination().substring(0,
			TOPIC.destination().indexOf(LiveTopic.WORKSPACE_VARIABLE));
	private static final String TOPIC_SUFFIX = TOPIC.destination().substring(
			TOPIC.destination().indexOf(LiveTopic.WORKSPACE_VARIABLE) + LiveTopic.WORKSPACE_VARIABLE.length());

	private final ScanRunChanges changes;
	private final SimpMessageSendingOperations messages;
	private final SimpUserRegistry subscribers;
	private final LiveScanRunSettings settings;
	private volatile ScheduledExecutorService executor;

	/** The newest change seen; null while nobody here subscribes. */
	private Instant watermark;
	/** Where the next read goes on after a full batch; null to start again from the lookback. */
	private Change resumeAfter;
	/** What was sent within the lookback, with when it changed. */
	private final Map<Sent, Instant> sent = new HashMap<>();

	private record Sent(ScanRunId id, long version, Instant updatedAt) {
	}

	/**
	 * @param messages    the broker's template; null where no WebSocket broker runs (a module test),
	 *                    and then so is {@code subscribers} and nothing is ever read or sent
	 * @param subscribers who subscribes to what on this replica
	 */
	ScanRunBroadcaster(ScanRunChanges changes, SimpMessageSendingOperations messages, SimpUserRegistry subscribers,
			LiveScanRunSettings settings) {
		this.changes = changes;
		this.messages = messages;
		this.subscribers = subscribers;
		this.settings = settings;
	}

	/** One read of the changes and the sending of those watched here; returns how many messages went out. */
	synchronized int poll() {
		Set<WorkspaceId> watched = watchedWorkspaces();
		if (watched.isEmpty()) {
			watermark = null;
			resumeAfter = null;
			sent.clear();
			return 0;
		}
		if (watermark == null) {
			// from now on: a new subscriber reads the current state over the API
			watermark = Instant.now();
		}
		List<Change> batch = changes.since(watermark.minus(settings.lookback()), resumeAfter, settings.batchSize());
		int published = 0;
		for (Change change : batch) {
			if (change.updatedAt().isAfter(watermark)) {
				watermark = change.updatedAt();
			}
			if (sent.putIfAbsent(new Sent(change.id(), change.version(), change.updatedAt()), change.updatedAt()) != null
					|| !watched.contains(change.workspaceId())) {
				continue;
			}
			ScanRun run = changes.current(change).orElse(null);
			if (run == null) {
				continue;
			}
			// the run may have moved on since the change was read: its newer change is then sent now, once
			sent.putIfAbsent(new Sent(run.id(), run.version(), run.updatedAt()), run.updatedAt());
			messages.convertAndSend(TOPIC.in(run.workspaceId()), run);
			published++;
		}
		resumeAfter = batch.size() == settings.batchSize() ? batch.getLast() : null;
		Instant horizon = watermark.minus(settings.lookback());
		sent.values().removeIf(at -> at.isBefore(horizon));
		return published;
	}

	/** The workspaces whose scan run topic has a subscriber on this replica. */
	private Set<WorkspaceId> watchedWorkspaces() {
		Set<SimpSubscription> subscriptions = subscribers.findSubscriptions(s -> workspaceOf(s.getDestination()) != null);
		Set<WorkspaceId> workspaces = new HashSet<>();
		for (SimpSubscription subscription : subscriptions) {
			workspaces.add(workspaceOf(subscription.getDestination()));
		}
		return workspaces;
	}

	private static WorkspaceId workspaceOf(String destination) {
		if (destination == null || !destination.startsWith(TOPIC_PREFIX) || !destination.endsWith(TOPIC_SUFFIX)
				|| destination.length() <= TOPIC_PREFIX.length() + TOPIC_SUFFIX.length()) {
			return null;
		}
		try {
			return new WorkspaceId(UUID.fromString(
					destination.substring(TOPIC_PREFIX.length(), destination.length() - TOPIC_SUFFIX.length())));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private void tick() {
		try {
			poll();
		}
		catch (RuntimeException e) {
			log.warn("Reading scan run changes for live updates failed; trying again in {}", settings.interval(), e);
		}
	}

	@Override
	public void start() {
		if (messages == null || subscribers == null) {
			return;
		}
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().name("scan-run-broadcaster").daemon().factory());
		long every = settings.interval().toMillis();
		started.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
		executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = executor;
		executor = null;
		if (running != null) {
			running.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}
}
