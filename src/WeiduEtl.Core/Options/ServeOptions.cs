namespace WeiduEtl.Core.Options;

/// <summary>The optional HTTP download service of the scheduled worker.</summary>
public sealed class ServeOptions
{
    public string Urls { get; set; } = "http://127.0.0.1:8080";
}
