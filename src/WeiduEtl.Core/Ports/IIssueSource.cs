using WeiduEtl.Core.Options;

namespace WeiduEtl.Core.Ports;

/// <summary>A kind of place that issues come from (a folder, an e-paper site).</summary>
public interface IIssueSource
{
    /// <summary>The <c>source.type</c> value in pipelines.json that selects this source.</summary>
    string Type { get; }

    /// <summary>Every problem with the pipeline's source options, each naming the field; empty when valid.</summary>
    IEnumerable<string> Validate(PipelineOptions pipeline, string baseDirectory);

    /// <summary>
    /// Yields the documents available now. Failures to fetch one document are yielded as
    /// <see cref="FetchedDocument.Failed"/>, never thrown, so the rest of the pass goes on.
    /// </summary>
    IAsyncEnumerable<FetchedDocument> FetchAsync(PipelineOptions pipeline, CancellationToken cancellationToken);

    /// <summary>
    /// Called while a pass is under way when a yielded document could not be parsed or stored, so the
    /// source does not count it as had and offers it again on the next pass. Sources that offer every
    /// document on every pass (a folder) have nothing to do.
    /// </summary>
    Task RejectAsync(PipelineOptions pipeline, string sourceUri, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// True when the source decides what it has had as soon as the pass asks it for the next document (it counts a
    /// yielded document as had unless <see cref="RejectAsync"/> came first). The pass then stores or rejects each
    /// document before asking for the next, so it parses one at a time instead of ahead on every core.
    /// </summary>
    bool SettlesEachDocumentOnResume => false;

    /// <summary>A human-readable list of what a pass would fetch, for --dry-run.</summary>
    IAsyncEnumerable<string> DescribePlanAsync(PipelineOptions pipeline, CancellationToken cancellationToken);
}
