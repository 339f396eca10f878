package io.pursight.scanrules.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.pursight.access.Actor;
import io.pursight.access.AuditDetail;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.pursight.scanrules.ScanPreview;
import io.pursight.scanrules.ScanRuleSet;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanRuleSets;
import io.pursight.scanrules.ScanRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ScanRuleSets} over {@link RuleSetRepository} and the built-in templates. */
@Service
class RuleSetService implements ScanRuleSets {

	private static final int MAX_NAME = 200;
	private static final int MAX_DESCRIPTION = 2_000;

	private final RuleSetRepository repository;
	private final ScheduleRepository schedules;
	private final RulePreview preview;
	private final Clock clock;

	RuleSetService(RuleSetRepository repository, ScheduleRepository schedules, RulePreview preview,
			ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.schedules = schedules;
		this.preview = preview;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public ScanRuleSet get(WorkspaceId workspace, ScanRuleSetId id) {
		return BuiltInRuleSets.find(id).or(() -> repository.find(workspace, id)).orElseThrow(() -> Problem.notFound(id));
	}

	@Override
	public ScanRuleSet version(WorkspaceId workspace, ScanRuleSetId id, int version) {
		return BuiltInRuleSets.find(id).filter(set -> set.version() == version)
				.or(() -> repository.findVersion(workspace, id, version))
				.orElseThrow(() -> new Problem(ProblemKind.NOT_FOUND,
						"Scan rule set " + id + " has no version " + version + " in this workspace."));
	}

	@Override
	public PageResult<ScanRuleSet> list(WorkspaceId workspace, PageQuery page) {
		List<ScanRuleSet> builtIns = BuiltInRuleSets.ALL;
		List<ScanRuleSet> items = new ArrayList<>();
		long offset = page.offset();
		for (long i = offset; i < builtIns.size() && items.size() < page.size(); i++) {
			items.add(builtIns.get((int) i));
		}
		if (items.size() < page.size()) {
			items.addAll(repository.list(workspace, Math.max(0, offset - builtIns.size()), page.size() - items.size()));
		}
		return new PageResult<>(items, page.page(), page.size(), builtIns.size() + repository.count(workspace));
	}

	@Override
	@Transactional
	public ScanRuleSet create(WorkspaceId workspace, String name, String description, ScanRules rules) {
		name = checkName(name);
		Instant now = now();
		ScanRuleSet set = new ScanRuleSet(ScanRuleSetId.random(), name, checkDescription(description), 1,
				require(rules), false, now, now);
		repository.insert(workspace, set, author());
		AuditDetail.record("scan rule set " + set.id() + " '" + name + "' created");
		return set;
	}

	@Override
	@Transactional
	public ScanRuleSet update(WorkspaceId workspace, ScanRuleSetId id, int expectedVersion, String name,
			String description, ScanRules rules) {
		refuseBuiltIn(id, "changed");
		ScanRuleSet current = repository.find(workspace, id).orElseThrow(() -> Problem.notFound(id));
		if (current.version() != expectedVersion) {
			throw Problem.versionConflict("scan rule set", expectedVersion, current.version());
		}
		name = checkName(name);
		ScanRuleSet next = new ScanRuleSet(id, name, checkDescription(description), current.version() + 1,
				require(rules), false, current.createdAt(), now());
		if (!repository.update(workspace, next, expectedVersion, author())) {
			ScanRuleSet now = repository.find(workspace, id).orElseThrow(() -> Problem.notFound(id));
			throw Problem.versionConflict("scan rule set", expectedVersion, now.version());
		}
		AuditDetail.record("scan rule set " + id + " version " + current.version() + " → " + next.version()
				+ (current.name().equals(name) ? "" : ", name '" + current.name() + "' → '" + name + "'"));
		return next;
	}

	@Override
	@Transactional
	public void delete(WorkspaceId workspace, ScanRuleSetId id) {
		refuseBuiltIn(id, "deleted");
		ScanRuleSet current = repository.find(workspace, id).orElseThrow(() -> Problem.notFound(id));
		long using = schedules.countUsing(workspace, id);
		if (using > 0) {
			throw Problem.conflict("The scan rule set '" + current.name() + "' is used by " + using + " schedule"
					+ (using == 1 ? "" : "s") + "; delete them or move them to another rule set first.");
		}
		if (!repository.delete(workspace, id, now())) {
			throw Problem.notFound(id);
		}
		AuditDetail.record("scan rule set " + id + " '" + current.name() + "' deleted at version " + current.version());
	}

	@Override
	public ScanPreview preview(WorkspaceId workspace, ScanRuleSetId id, DataSourceId source, int limit) {
		return preview.preview(workspace, get(workspace, id), source, limit);
	}

	private static void refuseBuiltIn(ScanRuleSetId id, String what) {
		BuiltInRuleSets.find(id).ifPresent(set -> {
			throw Problem.conflict("The built-in rule set '" + set.name() + "' is read-only and cannot be " + what
					+ "; create your own from it (\"template\": \"" + id + "\") instead.");
		});
	}

	private static String checkName(String name) {
		if (name == null || name.isBlank()) {
			throw Problem.invalid("name must not be empty.");
		}
		name = name.strip();
		if (name.length() > MAX_NAME) {
			throw Problem.invalid("name must be at most " + MAX_NAME + " characters (got " + name.length() + ").");
		}
		String key = RuleSetRepository.key(name);
		for (ScanRuleSet builtIn : BuiltInRuleSets.ALL) {
			if (RuleSetRepository.key(builtIn.name()).equals(key)) {
				throw RuleSetRepository.nameTaken(name);
			}
		}
		return name;
	}

	private static String checkDescription(String description) {
		if (description != null && description.length() > MAX_DESCRIPTION) {
			throw Problem.invalid("description must be at most " + MAX_DESCRIPTION + " characters (got "
					+ description.length() + ").");
		}
		return description == null || description.isBlank() ? null : description.strip();
	}

	private static ScanRules require(ScanRules rules) {
		if (rules == null) {
			throw Problem.invalid("rules must be given.");
		}
		return rules;
	}

	private static UserId author() {
		return Actor.current().map(Actor::id).orElse(null);
	}

	/** Microseconds, as the database stores them, so that what is returned is what a read gives back. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
