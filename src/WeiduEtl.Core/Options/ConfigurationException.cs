namespace WeiduEtl.Core.Options;

/// <summary>pipelines.json cannot be used; <see cref="Problems"/> lists every reason at once.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException() : this([]) { }

    public ConfigurationException(string message) : this([message]) { }

    public ConfigurationException(string message, Exception innerException) : base(message, innerException) => Problems = [message];

    public ConfigurationException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public IReadOnlyList<string> Problems { get; } = [];
}
