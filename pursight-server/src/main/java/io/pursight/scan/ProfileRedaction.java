package io.pursight.scan;

import io.pursight.classification.ColumnClassified;
import io.pursight.scan.profile.ProfileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A column that gains a label (a scan applied it, or a steward approved it) holds sensitive data: its stored
 * profile loses every value of the data it kept (extremes, mean, frequent values, histogram), keeping counts,
 * shares and lengths. The next scan profiles it as sensitive from the start.
 */
@Component
class ProfileRedaction {

	private static final Logger log = LoggerFactory.getLogger(ProfileRedaction.class);

	private final ProfileRepository profiles;

	ProfileRedaction(ProfileRepository profiles) {
		this.profiles = profiles;
	}

	/**
	 * Runs in the label's own transaction, so that no reader ever sees a labelled column with the values of its
	 * profile, and so that a scan's thousands of labels cost no thread, transaction or event publication each (the
	 * scan has already stored their profiles without values: this then changes nothing).
	 */
	@EventListener
	public void columnClassified(ColumnClassified event) {
		if (!event.status().isEffective()) {
			return;
		}
		if (profiles.withholdValues(event.workspaceId(), event.columnAssetId())) {
			log.info("Withheld the values of the stored profile of column {} of data source {}: it was classified",
					event.columnAssetId(), event.sourceId());
		}
	}
}
