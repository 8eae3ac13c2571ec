namespace WeiduEtl.TestSupport.Epaper;

/// <summary>A request as the server saw it.</summary>
public sealed record TestRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool IsConditional => Header("If-None-Match") is not null || Header("If-Modified-Since") is not null;
}
