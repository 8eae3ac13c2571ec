namespace WeiduEtl.Core.Ports;

/// <summary>A document that cannot be parsed, with a reason an operator can act on.</summary>
public sealed class DocumentRejectedException : Exception
{
    public DocumentRejectedException() { }

    public DocumentRejectedException(string message) : base(message) { }

    public DocumentRejectedException(string message, Exception innerException) : base(message, innerException) { }
}
