import ArgumentParser

/// How `vigie demo` starts its simulated panels (`--traffic`); SIGUSR1 switches from one to the other.
enum DemoTrafficMode: String, CaseIterable, ExpressibleByArgument {
    /// The panels send their whole mix: a few alarms an hour across the station.
    case playing
    /// The panels only poll (and open and close at their sites' hours), so that nothing happens but what the
    /// trainer plays, e.g. with `vigie simulate --scenario`.
    case paused
}
