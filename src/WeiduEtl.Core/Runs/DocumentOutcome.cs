namespace WeiduEtl.Core.Runs;

/// <summary>What a pass did with one document.</summary>
public enum DocumentOutcome
{
    /// <summary>New content, stored.</summary>
    Stored,
    /// <summary>Changed content of a known source, its rows replaced.</summary>
    Replaced,
    /// <summary>Content already stored: nothing to do.</summary>
    Unchanged,
    /// <summary>Could not be fetched, read or parsed; recorded with the reason.</summary>
    Failed,
}
