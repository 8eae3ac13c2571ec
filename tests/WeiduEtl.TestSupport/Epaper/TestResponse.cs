namespace WeiduEtl.TestSupport.Epaper;

/// <summary>What to answer, and how to misbehave while doing it.</summary>
/// <param name="Status">The status code.</param>
/// <param name="Body">The full body; Content-Length always announces all of it.</param>
/// <param name="Headers">Extra headers.</param>
/// <param name="CutAfter">Send only this many body bytes, then close the connection.</param>
/// <param name="BodyDelay">Send half the body, wait this long, then the rest.</param>
public sealed record TestResponse(int Status, byte[] Body, IReadOnlyDictionary<string, string> Headers, int? CutAfter = null, TimeSpan? BodyDelay = null);
