"""The laptop's HTTPS connection outlives the server's patience: an idle connection is reopened, not fatal."""

from __future__ import annotations

import time

from icvapp.delivery import client as client_module
from icvapp.delivery.client import Client
from icvapp.delivery.device import this_device

#: uvicorn closes a kept-alive connection after 5 idle seconds (its default, which the server keeps).
SERVER_KEEP_ALIVE = 5


def test_a_connection_the_server_closed_while_idle_is_reopened_once(host, laptop, monkeypatch):
    # The office imports a batch between two requests; the server closes the idle connection meanwhile.
    monkeypatch.setattr(client_module, "IDLE_REOPEN", 3600)  # never reopen ahead: meet the closed socket
    with Client(this_device(laptop.db)) as client:
        assert client.request("GET", "/v1/rota").status == 200
        first = client.connection
        time.sleep(SERVER_KEEP_ALIVE + 1.5)
        assert client.request("GET", "/v1/rota").status == 200
        assert client.connection is not first


def test_a_connection_idle_for_a_while_is_replaced_before_the_next_request(host, laptop, monkeypatch):
    monkeypatch.setattr(client_module, "IDLE_REOPEN", 2.0)
    with Client(this_device(laptop.db)) as client:
        assert client.request("GET", "/v1/rota").status == 200
        first = client.connection
        assert client.request("GET", "/v1/rota").status == 200 and client.connection is first  # kept alive
        time.sleep(2.5)
        assert client.request("GET", "/v1/rota").status == 200
        assert client.connection is not first
