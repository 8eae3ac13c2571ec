namespace WeiduEtl.Core.Pipeline;

/// <summary>Progress of a pass: how many documents are done, of how many when known.</summary>
public sealed record PassProgress(string Pipeline, int Done, int? Total, string CurrentUri, string Outcome);
