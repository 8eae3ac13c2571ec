namespace WeiduEtl.Core.Options;

/// <summary>
/// Where a pipeline's documents come from. <see cref="Type"/> picks the <see cref="Ports.IIssueSource"/>;
/// each source reads the fields it needs and validates them.
/// </summary>
public sealed class SourceOptions
{
    /// <summary>folder or epaper.</summary>
    public string Type { get; set; } = "";

    /// <summary>The config file's folder, set by the loader; relative source paths resolve against it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? BaseDirectory { get; set; }

    // folder
    /// <summary>The folder to read (relative to the config file's folder).</summary>
    public string? Path { get; set; }
    public List<string> Include { get; set; } = ["*.txt", "*.pdf"];
    /// <summary>Read links whose target lies outside <see cref="Path"/>; off, so a link cannot publish /etc/passwd.</summary>
    public bool FollowLinksOutside { get; set; }

    // epaper
    /// <summary>The day's index URL with {date:FORMAT} placeholders.</summary>
    public string? Index { get; set; }
    /// <summary>Regex that links to the day's pages match.</summary>
    public string? PageLinks { get; set; }
    /// <summary>Text a page's label must contain to be kept (魏都).</summary>
    public string? PageLabel { get; set; }
    /// <summary>Regex that a page's PDF link matches.</summary>
    public string? PdfLinks { get; set; }
    /// <summary>First date to fetch when nothing was fetched yet (yyyy-MM-dd).</summary>
    public string? Start { get; set; }
    public int LookBackDays { get; set; } = 7;
    public double RequestsPerSecond { get; set; } = 2;
    public string UserAgent { get; set; } = "WeiduEtl/1.0 (+open data pipeline)";
    public long MaxDownloadBytes { get; set; } = 50 * 1024 * 1024;
    public double RequestTimeoutSeconds { get; set; } = 30;
    public double DocumentTimeoutSeconds { get; set; } = 120;
    public int MaxRetries { get; set; } = 4;
}
