namespace WeiduEtl.Core.Ports;

/// <summary>How far a search index's catch-up has come: articles added so far, and articles still queued after them.</summary>
public readonly record struct SearchIndexProgress(int Indexed, long Waiting);
