using System.Runtime.CompilerServices;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Sources.Epaper;

/// <summary>Pulls a day's pages from an e-paper website. (Placeholder until the e-paper source lands.)</summary>
public sealed class EpaperIssueSource : IIssueSource
{
    public string Type => "epaper";

    public IEnumerable<string> Validate(PipelineOptions pipeline, string baseDirectory)
    {
        if (string.IsNullOrWhiteSpace(pipeline.Source.Index))
        {
            yield return "field 'source.index': required for an epaper source";
        }
    }

    public async IAsyncEnumerable<FetchedDocument> FetchAsync(PipelineOptions pipeline, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }

    public async IAsyncEnumerable<string> DescribePlanAsync(PipelineOptions pipeline, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }
}
