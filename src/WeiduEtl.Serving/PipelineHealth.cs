using WeiduEtl.Core.Runs;

namespace WeiduEtl.Serving;

/// <summary>One pipeline's verdict for /healthz, with the reason in words.</summary>
internal sealed record PipelineHealth(string Pipeline, bool Healthy, string Reason, RunSummary? LastRun, TimeSpan MaxAge);
