using System.Runtime.InteropServices;

namespace CohesionSite.Site.Output;

/// <summary>
/// Swaps two folders in one step with Linux's <c>renameat2(RENAME_EXCHANGE)</c>: after the call
/// each path holds what the other held, and no process ever sees either path missing. Where the
/// call is not there (another system, an old kernel, a file system without it) the caller falls
/// back to two renames.
/// </summary>
internal static class AtomicExchange
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>True when the two folders were exchanged; false when this system cannot do it atomically.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0)
            {
                return true;
            }

            var errno = Marshal.GetLastPInvokeError();

            // EINVAL / ENOSYS: not supported here; anything else is a real error (permissions, another device).
            const int EInval = 22, ENoSys = 38;
            if (errno is EInval or ENoSys)
            {
                return false;
            }

            throw new IOException($"cannot swap {b} with the new build: {Marshal.GetPInvokeErrorMessage(errno)}");
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    // Strings marshal as UTF-8 on Unix, which is what the kernel takes.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
