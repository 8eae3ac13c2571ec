using System.Text.Json.Serialization;
using WeiduEtl.Core.Profiles;

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
    /// <summary>A SQLite file (absolute after loading) or a PostgreSQL database; see <see cref="DatabaseValue"/>.</summary>
    public string Database { get; set; } = "";
    /// <summary>The dataset folder holding latest.json and snapshots/, absolute after loading; or <c>s3://bucket/prefix</c> (<see cref="S3Location"/>).</summary>
    public string Output { get; set; } = "";

    /// <summary>The config's <c>"s3"</c> section, set by the loader for every pipeline (null when absent).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public S3Options? ObjectStore { get; set; }

    /// <summary>
    /// A local folder for what must stay on this machine whatever the output is (the pass lock, staging):
    /// the output folder itself, or for an output on S3 a folder beside the config. Set by the loader.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string LocalFolder
    {
        get => _localFolder is { Length: > 0 } folder ? folder : Output;
        set => _localFolder = value;
    }

    private string? _localFolder;
    /// <summary>
    /// Where fetched source bytes are kept, content-addressed (<c>sources/ab/cd/&lt;sha256&gt;.pdf</c>): a folder
    /// (absolute after loading) or <c>s3://bucket/prefix</c>. Null: in the database, as before.
    /// </summary>
    public string? SourceArchive { get; set; }
    public string License { get; set; } = "CC-BY-4.0";
    /// <summary>How many snapshots to keep; older ones are deleted after a publish.</summary>
    public int KeepSnapshots { get; set; } = 10;

    /// <summary>
    /// The largest text page accepted, in bytes. A dense page is about 30 KB and a whole issue under 1 MB; a larger
    /// file is not a page and would cost its size in parse time and memory, so it is rejected with a reason.
    /// </summary>
    public long MaxTextBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The largest PDF accepted, in bytes; an e-paper page is 0.2–5 MB, a whole issue rarely over 60 MB.</summary>
    public long MaxPdfBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>A press profile file (relative to the config) adding this paper's vocabulary to the built-in lexicon; absolute after loading.</summary>
    public string? Profile { get; set; }

    /// <summary>The profile file as read and checked at start; null without one.</summary>
    [JsonIgnore]
    public PressProfile? PressProfile { get; set; }
}
