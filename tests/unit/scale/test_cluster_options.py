"""The local Dask cluster listens on the loopback interface only."""

from __future__ import annotations

import ipaddress

from whosaid.scale.runner import local_cluster_options


def _loopback(address: str) -> bool:
    host = address.rsplit(":", 1)[0].strip("[]")
    return bool(host) and ipaddress.ip_address(host).is_loopback


def test_dashboard_and_scheduler_bind_to_loopback() -> None:
    options = local_cluster_options(2)
    assert options["n_workers"] == 2
    # ":0" (the old value) listens on every interface.
    assert _loopback(options["dashboard_address"]), options["dashboard_address"]
    assert ipaddress.ip_address(options["host"]).is_loopback
    assert options["processes"] is True and options["threads_per_worker"] == 1


def test_loopback_check_refuses_all_interfaces() -> None:
    assert not _loopback(":0")
    assert not _loopback("0.0.0.0:8787")
    assert _loopback("127.0.0.1:0")
