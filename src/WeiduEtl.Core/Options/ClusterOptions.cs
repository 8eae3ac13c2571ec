namespace WeiduEtl.Core.Options;

/// <summary>
/// The <c>cluster</c> section of pipelines.json: when present, every node running the same file shares one Quartz
/// scheduler through this PostgreSQL database, so each scheduled pass fires on exactly one node.
/// </summary>
public sealed class ClusterOptions
{
    /// <summary>The PostgreSQL database Quartz keeps its clustered schedule in (its own <c>qrtz_</c> tables); see <see cref="DatabaseValue"/>.</summary>
    public string Database { get; set; } = "";

    /// <summary>
    /// Documents per batch job. A pass with more documents than this is split into batches any node may run; a clustered
    /// store fires well under a hundred jobs a second, so a batch should hold seconds of work, not one document.
    /// </summary>
    public int BatchSize { get; set; } = 50;
}
