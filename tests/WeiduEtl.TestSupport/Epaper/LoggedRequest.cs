namespace WeiduEtl.TestSupport.Epaper;

/// <summary>A request with the status sent back and when it arrived.</summary>
public sealed record LoggedRequest(TestRequest Request, int Status, TimeSpan At);
