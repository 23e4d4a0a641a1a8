using System.Net;
using System.Net.Sockets;

namespace Lede.Fetch;

/// <summary>
/// Which addresses a fetch may connect to, and the connection step that enforces it: the host is resolved here,
/// every address is checked, and the socket connects only to the ones allowed — so the check is on the address
/// actually connected to, not on a name that could resolve differently a moment later.
/// </summary>
internal sealed class AddressPolicy(FetchOptions options)
{
    /// <summary>Null when <paramref name="address"/> (at <paramref name="port"/>) may be connected to; else the kind of address it is.</summary>
    public string? Refusal(IPAddress address, int port)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (options.AllowedEndpoints.Any(e => e.Address.Equals(address) && (e.Port == 0 || e.Port == port)))
            return null;
        var kind = Kind(address);
        if (kind is null)
            return null;
        // Private ranges may be opened for an intranet; addresses no server listens on stay refused.
        bool neverServes = kind is "unspecified" or "multicast" or "broadcast" or "reserved";
        return options.AllowPrivateAddresses && !neverServes ? null : kind;
    }

    /// <summary>The kind of a non-public address ("loopback", "private", …), or null for a public one.</summary>
    internal static string? Kind(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return KindV4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return "not IP";
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6None)) return "unspecified";
        if (address.Equals(IPAddress.IPv6Loopback)) return "loopback";
        if (b[0] == 0xff) return "multicast";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return "link-local";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return "site-local";
        if ((b[0] & 0xfe) == 0xfc) return "private";
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that a gateway would connect to.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            return KindV4(b[12..]);
        if (b[0] == 0x20 && b[1] == 0x02)
            return KindV4(b[2..6]);
        // Other ::/96 forms (IPv4-compatible, deprecated) point at IPv4 too.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
            return KindV4(b[12..]);
        return null;
    }

    private static string? KindV4(byte[] b) => b switch
    {
        [255, 255, 255, 255] => "broadcast",
        [0, ..] => "unspecified",
        [127, ..] => "loopback",
        [10, ..] => "private",
        [172, >= 16 and <= 31, ..] => "private",
        [192, 168, ..] => "private",
        [169, 254, ..] => "link-local",
        [100, >= 64 and <= 127, ..] => "shared (carrier-grade NAT)",
        [192, 0, 0, _] => "reserved",
        [198, 18 or 19, ..] => "reserved",
        [>= 224 and <= 239, ..] => "multicast",
        [>= 240, ..] => "reserved",
        _ => null,
    };

    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves, checks, connects to an allowed address or throws <see cref="AddressRefusedException"/>.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        int port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(a => Refusal(a, port) is null).ToArray();
        if (allowed.Length == 0)
        {
            var first = addresses.FirstOrDefault();
            throw new AddressRefusedException(first is null
                ? $"{host} resolves to no address"
                : $"{host} resolves to {first}, a {Refusal(first, port)} address" + (options.AllowPrivateAddresses ? "" : " (see AllowPrivateAddresses)"));
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>Thrown by the connection step when no address of a host may be connected to; becomes <see cref="FetchStatus.Refused"/>.</summary>
internal sealed class AddressRefusedException(string message) : IOException(message);
