namespace WeiduEtl.Core.Options;

/// <summary>One pipeline of <c>pipelines.json</c>: a source, a database and a dataset folder.</summary>
public sealed class PipelineOptions
{
    public string Name { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public string Publication { get; set; } = "";
    /// <summary>The page label expected on this pipeline's pages (魏都区).</summary>
    public string? PageLabel { get; set; }
    /// <summary>Quartz cron expression.</summary>
    public string Schedule { get; set; } = "0 0/30 * * * ?";
    public SourceOptions Source { get; set; } = new();
    /// <summary>SQLite file; absolute after loading.</summary>
    public string Database { get; set; } = "";
    /// <summary>The dataset folder holding latest.json and snapshots/; absolute after loading.</summary>
    public string Output { get; set; } = "";
    public string License { get; set; } = "CC-BY-4.0";
    /// <summary>How many snapshots to keep; older ones are deleted after a publish.</summary>
    public int KeepSnapshots { get; set; } = 10;
}
