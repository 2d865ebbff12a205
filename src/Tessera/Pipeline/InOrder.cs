namespace Tessera.Pipeline;

/// <summary>Runs independent pieces of work on several cores and hands their results back in the order of the input, so what a
/// command writes is the same whatever the number of cores.</summary>
/// <remarks>At most <c>jobs</c> pieces run at once and at most twice that many results wait to be taken, so memory stays bounded
/// however long the input: a slow consumer (writing output) holds the workers back instead of letting results pile up. One job
/// runs everything on the calling thread, exactly as a plain loop would.</remarks>
public static class InOrder
{
    /// <summary>The results of <paramref name="work"/> on each item, in the items' order; an exception in the work is rethrown
    /// where its result would have been.</summary>
    public static IEnumerable<TResult> Map<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work, int jobs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        return jobs == 1 ? items.Select(work) : Spread(items, work, jobs);
    }

    /// <summary>The results of <paramref name="work"/> on every item of a list held in memory, in the list's order: the list is cut
    /// into a few ranges per core, so that work of a few microseconds an item (one claim's features) is not swamped by handing out
    /// one task per item. One job runs it as a plain loop on the calling thread.</summary>
    public static TResult[] All<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, int jobs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var results = new TResult[items.Count];
        if (jobs == 1 || items.Count < 2)
        {
            for (var i = 0; i < results.Length; i++) results[i] = work(items[i]);
            return results;
        }
        var ranges = System.Collections.Concurrent.Partitioner.Create(0, items.Count, Math.Max(1, items.Count / (jobs * 8)));
        Parallel.ForEach(ranges, new ParallelOptions { MaxDegreeOfParallelism = jobs }, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) results[i] = work(items[i]);
        });
        return results;
    }

    private static IEnumerable<TResult> Spread<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work, int jobs)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, jobs).ConcurrentScheduler;
        var pending = new Queue<Task<TResult>>();
        try
        {
            foreach (var item in items)
            {
                pending.Enqueue(Task.Factory.StartNew(() => work(item), CancellationToken.None, TaskCreationOptions.None, scheduler));
                if (pending.Count >= 2 * jobs) yield return pending.Dequeue().GetAwaiter().GetResult();
            }
            while (pending.Count > 0) yield return pending.Dequeue().GetAwaiter().GetResult();
        }
        finally
        {
            // A consumer that stops early (a bad file) returns only when no work of its is still running.
            foreach (var task in pending) ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        }
    }
}
