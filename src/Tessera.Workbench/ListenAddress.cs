using System.Globalization;
using System.Net;

namespace Tessera.Workbench;

/// <summary>Where the workbench listens: an IP address and a port (0 picks a free one), parsed from --listen.</summary>
public sealed record ListenAddress(IPAddress Address, int Port)
{
    /// <summary>"127.0.0.1:5000", "[::1]:5000" or "localhost:5000"; anything else is refused with its text.</summary>
    public static Result<ListenAddress> Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
            return Messages.BadListenAddress(text);
        var host = text[..colon].Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return new ListenAddress(IPAddress.Loopback, port);
        return IPAddress.TryParse(host, out var address) ? new ListenAddress(address, port) : Messages.BadListenAddress(text);
    }

    /// <summary>Only this machine can reach it.</summary>
    public bool IsLoopback => IPAddress.IsLoopback(Address);
}
