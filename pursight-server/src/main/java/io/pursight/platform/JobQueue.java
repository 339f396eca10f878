package io.pursight.platform;

/**
 * Starts one-time executions of the modules' persistent jobs (their one-time {@code Task} beans,
 * registered by {@link JobScheduling}). An execution is stored before {@link #enqueue} returns, so a
 * restart does not lose it, and claimed through the store, so it runs once whichever replica takes it.
 */
public interface JobQueue {

	/**
	 * Stores an execution of {@code task} for {@code instance}, due now, unless one is stored already (then
	 * nothing changes), and wakes this replica's scheduler so that it need not wait for its next poll. Inside a
	 * transaction the execution is stored in it (it exists only if the transaction commits) and the scheduler is
	 * woken after the commit.
	 */
	void enqueue(String task, String instance);

	/** Whether an execution of {@code task} for {@code instance} is still stored: due, or being executed. */
	boolean isPending(String task, String instance);
}
